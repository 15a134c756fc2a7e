  .section .text.lib_exported,"",@
  .globl lib_exported
  .export_name lib_exported, lib_exported
  .type lib_exported,@function
lib_exported:
  .functype lib_exported () -> (i32)
  i32.const 3
  end_function
