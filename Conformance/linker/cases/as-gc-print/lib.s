  .globaltype live_global, i32
  .globl live_global
live_global:
  .globaltype dead_global, i32
  .globl dead_global
dead_global:

  .section .text.lib_live,"",@
  .globl lib_live
  .type lib_live,@function
lib_live:
  .functype lib_live () -> (i32)
  i32.const 5
  end_function

  .section .text.lib_dead,"",@
  .globl lib_dead
  .type lib_dead,@function
lib_dead:
  .functype lib_dead () -> (i32)
  call lib_live
  end_function

  .section .bss.lib_dead_bss,"",@
  .p2align 4
lib_dead_bss:
  .skip 4096
  .size lib_dead_bss, 4096
