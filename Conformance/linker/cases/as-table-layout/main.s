  .functype print_u32 (i32) -> ()
  .functype exit (i32) -> ()
  .functype f_b () -> (i32)
  .functype f_c () -> (i32)

  .section .text.f_a,"",@
  .globl f_a
  .type f_a,@function
f_a:
  .functype f_a () -> (i32)
  i32.const 1
  end_function

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  .local i32
  # table indices of the address-taken functions
  i32.const f_a
  call print_u32
  i32.const f_b
  call print_u32
  i32.const f_c
  call print_u32
  # call each through the table
  i32.const 0
  local.set 0
  loop
    local.get 0
    i32.load table_of_fns
    call_indirect () -> (i32)
    call print_u32
    local.get 0
    i32.const 4
    i32.add
    local.tee 0
    i32.const 12
    i32.lt_u
    br_if 0
  end_loop
  table.size __indirect_function_table
  call print_u32
  i32.const 0
  call exit
  end_function

  .section .data.table_of_fns,"",@
  .p2align 2
table_of_fns:
  .int32 f_c
  .int32 f_a
  .int32 f_b
  .size table_of_fns, 12

  .tabletype __indirect_function_table, funcref
