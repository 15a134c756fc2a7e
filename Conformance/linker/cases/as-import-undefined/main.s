  .functype print_u32 (i32) -> ()
  .functype exit (i32) -> ()
  .functype host_add (i32, i32) -> (i32)

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  i32.const 40
  i32.const 2
  call host_add
  call print_u32
  i32.const maybe_data
  call print_u32
  i32.const 0
  call exit
  end_function

  .weak maybe_data
