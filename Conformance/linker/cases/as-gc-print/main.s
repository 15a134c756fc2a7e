  .functype print_u32 (i32) -> ()
  .functype exit (i32) -> ()
  .functype lib_live () -> (i32)
  .globaltype live_global, i32
  .globaltype dead_global, i32

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  call lib_live
  call print_u32
  global.get live_global
  call print_u32
  i32.const 0
  i32.load live_data
  call print_u32
  i32.const 0
  call exit
  end_function

  .section .text.dead_fn,"",@
  .globl dead_fn
  .type dead_fn,@function
dead_fn:
  .functype dead_fn () -> (i32)
  global.get dead_global
  i32.const 0
  i32.load dead_data
  i32.add
  end_function

  .section .text.kept_by_export,"",@
  .globl kept_by_export
  .type kept_by_export,@function
kept_by_export:
  .functype kept_by_export () -> (i32)
  i32.const 0
  i32.load kept_data
  end_function

  .section .text.kept_no_strip,"",@
  .globl kept_no_strip
  .no_dead_strip kept_no_strip
  .type kept_no_strip,@function
kept_no_strip:
  .functype kept_no_strip () -> ()
  end_function

  .section .data.live_data,"",@
  .p2align 2
live_data:
  .int32 17
  .size live_data, 4

  .section .data.dead_data,"",@
  .p2align 2
dead_data:
  .int32 18
  .size dead_data, 4

  .section .data.kept_data,"",@
  .p2align 2
kept_data:
  .int32 19
  .size kept_data, 4

  .section .rodata.retained,"R",@
  .p2align 2
retained:
  .int32 20
  .size retained, 4
