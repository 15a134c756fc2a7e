  .section .text.f_b,"",@
  .globl f_b
  .type f_b,@function
f_b:
  .functype f_b () -> (i32)
  i32.const 2
  end_function

  .section .text.f_c,"",@
  .globl f_c
  .type f_c,@function
f_c:
  .functype f_c () -> (i32)
  i32.const 3
  end_function

  # address taken only from a dead function: no table slot
  .section .text.dead,"",@
  .globl dead
  .type dead,@function
dead:
  .functype dead () -> (i32)
  i32.const f_never
  end_function

  .section .text.f_never,"",@
  .type f_never,@function
f_never:
  .functype f_never () -> (i32)
  i32.const 4
  end_function
