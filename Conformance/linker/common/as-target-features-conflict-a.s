  .functype exit (i32) -> ()
  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  i32.const 0
  call exit
  end_function

  .section .custom_section.target_features,"",@
  .int8 2
  .int8 43
  .int8 11
  .ascii "bulk-memory"
  .int8 43
  .int8 8
  .ascii "sign-ext"

  .section .custom_section.producers,"",@
  .int8 2
  .int8 8
  .ascii "language"
  .int8 1
  .int8 3
  .ascii "C11"
  .int8 0
  .int8 12
  .ascii "processed-by"
  .int8 1
  .int8 5
  .ascii "clang"
  .int8 4
  .ascii "21.0"
