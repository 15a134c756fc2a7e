  .functype __real_compute (i32) -> (i32)
  .section .text.__wrap_compute,"",@
  .globl __wrap_compute
  .type __wrap_compute,@function
__wrap_compute:
  .functype __wrap_compute (i32) -> (i32)
  local.get 0
  call __real_compute
  i32.const 1000
  i32.add
  end_function
