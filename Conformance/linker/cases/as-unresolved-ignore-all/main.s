  .functype print_u32 (i32) -> ()
  .functype exit (i32) -> ()
  .functype missing_fn (i32) -> (i32)
  .globaltype __stack_pointer, i32

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  # undefined data resolves to address 0
  i32.const missing_data
  call print_u32
  i32.const missing_data+16
  call print_u32
  # never true: the call goes to a trapping stub
  global.get __stack_pointer
  i32.eqz
  if
    i32.const 1
    call missing_fn
    drop
  end_if
  i32.const 0
  i32.load data_ptr
  call print_u32
  i32.const 0
  call exit
  end_function

  .section .data.data_ptr,"",@
  .p2align 2
data_ptr:
  .int32 missing_data+8
  .size data_ptr, 4
