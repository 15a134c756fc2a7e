  .globaltype counter, i32
  .globl counter
counter:

  .globaltype wide, i64
  .globl wide
wide:

  .globaltype unused_g, f64
  .globl unused_g
unused_g:

  .section .custom_section.target_features,"",@
  .int8 1
  .int8 43
  .int8 15
  .ascii "mutable-globals"
