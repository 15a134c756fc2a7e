  .functype print_u32 (i32) -> ()
  .functype exit (i32) -> ()
  .functype weak_fn (i32) -> (i32)
  .functype weak_resolved () -> (i32)
  .globaltype __stack_pointer, i32
  .weak weak_fn
  .weak weak_data
  .weak weak_resolved

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  # the address of an undefined weak function is the null table index
  i32.const weak_fn
  call print_u32
  i32.const weak_data
  call print_u32
  i32.const 0
  i32.load fn_ptr_cell
  call print_u32
  # a weak reference another object satisfies
  call weak_resolved
  call print_u32
  # never true: a direct call binds to the 'undefined:weak_fn' stub (unreachable)
  global.get __stack_pointer
  i32.eqz
  if
    i32.const 3
    call weak_fn
    drop
  end_if
  i32.const 0
  call exit
  end_function

  .section .data.fn_ptr_cell,"",@
  .p2align 2
fn_ptr_cell:
  .int32 weak_fn
  .size fn_ptr_cell, 4
