# Data of several kinds from two objects: .rodata.*, .data.*, .bss.*, merged
# strings ("S" flag: equal strings share one copy, also across objects),
# alignment up to 16, a custom-named segment. Prints addresses relative to
# __global_base and loaded values.
  .functype print (i32, i32) -> ()
  .functype print_u32 (i32) -> ()
  .functype exit (i32) -> ()
  .functype other_hello () -> (i32)

  .section .text.show,"",@
  .type show,@function
show:
  .functype show (i32) -> ()
  local.get 0
  i32.const __global_base
  i32.sub
  call print_u32
  end_function

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  i32.const .Lhello
  i32.const 6
  call print
  i32.const .Lhello
  call other_hello
  i32.eq
  call print_u32
  i32.const .Lhello
  call show
  i32.const .Lworld
  call show
  i32.const rodata_table
  call show
  i32.const data_word
  call show
  i32.const aligned16
  call show
  i32.const bss_block
  call show
  i32.const custom_seg_data
  call show
  i32.const 0
  i32.load rodata_table+8
  call print_u32
  i32.const 0
  i32.load data_word
  call print_u32
  i32.const 0
  i32.load bss_block+100
  call print_u32
  i32.const 0
  call exit
  end_function

  .section .rodata..L.str,"S",@
.Lhello:
  .asciz "hello\n"
  .size .Lhello, 7

  .section .rodata..L.str.1,"S",@
.Lworld:
  .asciz "world"
  .size .Lworld, 6

  .section .rodata.rodata_table,"",@
  .p2align 2
rodata_table:
  .int32 10
  .int32 20
  .int32 30
  .size rodata_table, 12

  .section .data.data_word,"",@
  .p2align 2
data_word:
  .int32 4242
  .size data_word, 4

  .section .data.aligned16,"",@
  .p2align 4
aligned16:
  .int8 1
  .size aligned16, 1

  .section .bss.bss_block,"",@
  .p2align 3
bss_block:
  .skip 1000
  .size bss_block, 1000

  .section my_custom_seg,"",@
  .p2align 2
custom_seg_data:
  .int32 7
  .size custom_seg_data, 4
