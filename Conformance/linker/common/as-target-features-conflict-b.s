  .section .text.helper,"",@
  .globl helper
  .type helper,@function
helper:
  .functype helper () -> ()
  end_function

  .section .custom_section.target_features,"",@
  .int8 3
  .int8 43
  .int8 15
  .ascii "mutable-globals"
  .int8 43
  .int8 8
  .ascii "sign-ext"
  .int8 45
  .int8 7
  .ascii "atomics"

  .section .custom_section.producers,"",@
  .int8 2
  .int8 8
  .ascii "language"
  .int8 2
  .int8 3
  .ascii "C11"
  .int8 0
  .int8 5
  .ascii "Rust!"
  .int8 3
  .ascii "1.0"
  .int8 12
  .ascii "processed-by"
  .int8 2
  .int8 5
  .ascii "clang"
  .int8 4
  .ascii "21.0"
  .int8 6
  .ascii "r2r-cc"
  .int8 3
  .ascii "0.1"

  .section .custom_section.my_notes,"",@
  .ascii "from b;"
