  .globl callee
  .type callee,@function
callee:
  .functype callee () -> (i32)
  i32.const 9
  end_function
