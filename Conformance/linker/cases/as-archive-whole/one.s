  .section .text.lib_one,"",@
  .globl lib_one
  .type lib_one,@function
lib_one:
  .functype lib_one () -> (i32)
  i32.const 1
  end_function
