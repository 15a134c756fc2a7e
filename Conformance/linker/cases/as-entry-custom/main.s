  .functype print_u32 (i32) -> ()
  .functype exit (i32) -> ()
  .globaltype __stack_pointer, i32

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  i32.const 1
  call exit
  end_function

  .section .text.my_entry,"",@
  .globl my_entry
  .type my_entry,@function
my_entry:
  .functype my_entry () -> ()
  i32.const __heap_base
  i32.const __data_end
  i32.sub
  call print_u32
  i32.const __global_base
  call print_u32
  i32.const __stack_low
  i32.const __data_end
  i32.eq
  call print_u32
  i32.const __stack_high
  i32.const __heap_base
  i32.eq
  call print_u32
  i32.const __dso_handle
  call print_u32
  i32.const __table_base
  call print_u32
  i32.const __memory_base
  call print_u32
  i32.const 0
  call exit
  end_function
  .hidden __heap_base
  .hidden __data_end
