  .functype exit (i32) -> ()
  .functype print_u32 (i32) -> ()
  .functype shared_fn () -> (i32)
  .functype other_user () -> (i32)

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  call shared_fn
  call print_u32
  i32.const 0
  i32.load shared_data
  call print_u32
  call other_user
  call print_u32
  i32.const 0
  call exit
  end_function

  # group "shared": a function and a data object, kept from this (first) file
  .section .text.shared_fn,"G",@,shared,comdat
  .weak shared_fn
  .type shared_fn,@function
shared_fn:
  .functype shared_fn () -> (i32)
  i32.const 111
  end_function

  .section .data.shared_data,"G",@,shared,comdat
  .weak shared_data
  .p2align 2
shared_data:
  .int32 1001
  .size shared_data, 4
