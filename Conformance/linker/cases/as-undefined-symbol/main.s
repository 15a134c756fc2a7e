  .functype missing_fn (i32) -> (i32)
  .functype also_missing () -> ()
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  i32.const 1
  call missing_fn
  drop
  call also_missing
  i32.const missing_data
  drop
  end_function
