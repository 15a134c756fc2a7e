  .section .custom_section.my_notes,"",@
  .ascii "from c;"
  .section .custom_section.other_notes,"",@
  .ascii "other"
