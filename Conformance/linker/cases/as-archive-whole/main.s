  .functype print_u32 (i32) -> ()
  .functype exit (i32) -> ()
  .functype lib_one () -> (i32)
  .functype lib_weakref () -> (i32)
  .weak lib_weakref

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  call lib_one
  call print_u32
  # a weak undefined reference does not extract an archive member
  i32.const lib_weakref
  call print_u32
  i32.const 0
  call exit
  end_function
