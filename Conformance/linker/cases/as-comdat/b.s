  .functype shared_fn () -> (i32)
  .functype only_in_b_group () -> (i32)

  .section .text.other_user,"",@
  .globl other_user
  .type other_user,@function
other_user:
  .functype other_user () -> (i32)
  call shared_fn
  call only_in_b_group
  i32.add
  end_function

  # same group "shared" again: discarded as a whole, including only_in_b_group's
  # definition... which therefore must come from c.o's non-comdat weak definition
  .section .text.shared_fn,"G",@,shared,comdat
  .weak shared_fn
  .type shared_fn,@function
shared_fn:
  .functype shared_fn () -> (i32)
  i32.const 222
  end_function

  .section .text.only_in_b_group,"G",@,shared,comdat
  .weak only_in_b_group
  .type only_in_b_group,@function
only_in_b_group:
  .functype only_in_b_group () -> (i32)
  i32.const 5000
  end_function

  .section .data.shared_data,"G",@,shared,comdat
  .weak shared_data
  .p2align 2
shared_data:
  .int32 2002
  .size shared_data, 4
