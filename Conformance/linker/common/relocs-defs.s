  .tagtype my_tag i32
  .globl my_tag
my_tag:

  .globaltype my_global, i32
  .globl my_global
my_global:

  .section .text.add1,"",@
  .globl add1
  .type add1,@function
add1:
  .functype add1 (i32) -> (i32)
  local.get 0
  i32.const 1
  i32.add
  end_function

  .section .text.thrower,"",@
  .globl thrower
  .type thrower,@function
thrower:
  .functype thrower (i32) -> ()
  local.get 0
  throw my_tag
  end_function

  .section .data.value,"",@
  .globl value
  .p2align 3
value:
  .int32 5
  .int32 6
  .int32 77
  .size value, 12

  .section .debug_abbrev,"",@
  .int8 3
  .int8 0
  .section .debug_info,"",@
.Labbrev_in_defs:
  .int32 .Labbrev_in_defs
  .int32 add1
  .int32 thrower
