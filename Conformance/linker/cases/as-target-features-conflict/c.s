  .section .text.uses_atomics,"",@
  .globl uses_atomics
  .type uses_atomics,@function
uses_atomics:
  .functype uses_atomics () -> ()
  end_function

  .section .custom_section.target_features,"",@
  .int8 1
  .int8 43
  .int8 7
  .ascii "atomics"
