  .functype foo () -> ()
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  call foo
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
