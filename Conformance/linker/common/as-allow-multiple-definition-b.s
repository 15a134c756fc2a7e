  .globl foo
  .type foo,@function
foo:
  .functype foo () -> ()
  end_function

  .section .data.counter,"",@
  .globl counter
  .p2align 2
counter:
  .int32 2
  .size counter, 4

  # a weak duplicate is fine
  .section .text.weak_ok,"",@
  .weak weak_ok
  .type weak_ok,@function
weak_ok:
  .functype weak_ok () -> ()
  end_function
