  .section .text.other_hello,"",@
  .globl other_hello
  .type other_hello,@function
other_hello:
  .functype other_hello () -> (i32)
  i32.const .Lmsg
  drop
  i32.const .Lsame
  end_function

  .section .rodata..L.str,"S",@
.Lmsg:
  .asciz "only in other"
  .size .Lmsg, 14

  .section .rodata..L.str.2,"S",@
.Lsame:
  .asciz "hello\n"
  .size .Lsame, 7

  .section .data.other_data,"",@
  .p2align 2
other_data:
  .int32 99
  .size other_data, 4

  .section .bss.other_bss,"",@
  .p2align 2
other_bss:
  .skip 64
  .size other_bss, 64
