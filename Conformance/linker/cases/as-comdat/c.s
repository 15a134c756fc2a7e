  .section .text.only_in_b_group,"",@
  .weak only_in_b_group
  .type only_in_b_group,@function
only_in_b_group:
  .functype only_in_b_group () -> (i32)
  i32.const 7
  end_function
