  .section .text.weak_resolved,"",@
  .globl weak_resolved
  .type weak_resolved,@function
weak_resolved:
  .functype weak_resolved () -> (i32)
  i32.const 123
  end_function
