  .functype print_u32 (i32) -> ()
  .functype exit (i32) -> ()
  .functype compute (i32) -> (i32)

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  i32.const 5
  call compute
  call print_u32
  i32.const 0
  call exit
  end_function
