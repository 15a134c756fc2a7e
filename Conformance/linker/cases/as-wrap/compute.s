  .section .text.compute,"",@
  .globl compute
  .type compute,@function
compute:
  .functype compute (i32) -> (i32)
  local.get 0
  local.get 0
  i32.mul
  end_function
