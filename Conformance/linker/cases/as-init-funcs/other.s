  .functype record (i32) -> ()

  .section .text.ctor_x,"",@
  .type ctor_x,@function
ctor_x:
  .functype ctor_x () -> ()
  i32.const 120
  call record
  end_function

  .section .text.ctor_y,"",@
  .type ctor_y,@function
ctor_y:
  .functype ctor_y () -> ()
  i32.const 121
  call record
  end_function

  .section .init_array.101,"",@
  .p2align 2
  .int32 ctor_y

  .section .init_array.200,"",@
  .p2align 2
  .int32 ctor_x
