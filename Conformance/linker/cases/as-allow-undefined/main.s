  .functype print_u32 (i32) -> ()
  .functype exit (i32) -> ()
  .functype host_add (i32, i32) -> (i32)
  .functype host_named (i32) -> (i32)
  .import_module host_named, custom_mod
  .import_name host_named, renamed
  .functype host_unused () -> ()

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  i32.const 20
  i32.const 22
  call host_add
  call print_u32
  i32.const 5
  call host_named
  call print_u32
  # address of an undefined function: it still gets a table slot
  i32.const host_add
  call print_u32
  i32.const 0
  call exit
  end_function

  .section .text.not_called,"",@
  .globl not_called
  .type not_called,@function
not_called:
  .functype not_called () -> ()
  call host_unused
  end_function
