  .functype print_u32 (i32) -> ()
  .functype exit (i32) -> ()
  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  i32.const 0
  i32.load counter
  call print_u32
  memory.size 0
  call print_u32
  i32.const 0
  call exit
  end_function

  .section .data.counter,"",@
  .p2align 2
counter:
  .int32 31337
  .size counter, 4
