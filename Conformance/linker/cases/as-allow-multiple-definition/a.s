  .functype foo () -> ()
  .functype exit (i32) -> ()
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  call foo
  i32.const 0
  i32.load counter
  call exit
  end_function

  .globl foo
  .type foo,@function
foo:
  .functype foo () -> ()
  end_function

  .section .data.counter,"",@
  .globl counter
  .p2align 2
counter:
  .int32 1
  .size counter, 4
