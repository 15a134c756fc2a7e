# Uses every relocation type a wasm32 object carries, against symbols defined
# in this file and in defs.s, and prints the relocated values.
#   0 FUNCTION_INDEX_LEB   1 TABLE_INDEX_SLEB    2 TABLE_INDEX_I32
#   3 MEMORY_ADDR_LEB      4 MEMORY_ADDR_SLEB    5 MEMORY_ADDR_I32
#   6 TYPE_INDEX_LEB       7 GLOBAL_INDEX_LEB    8 FUNCTION_OFFSET_I32
#   9 SECTION_OFFSET_I32  10 TAG_INDEX_LEB      11 MEMORY_ADDR_REL_SLEB
#  12 TABLE_INDEX_REL_SLEB 13 GLOBAL_INDEX_I32  20 TABLE_NUMBER_LEB
#  23 MEMORY_ADDR_LOCREL_I32                    26 FUNCTION_INDEX_I32
  .functype print_u32 (i32) -> ()
  .functype exit (i32) -> ()
  .functype add1 (i32) -> (i32)
  .functype thrower (i32) -> ()
  .globaltype my_global, i32
  .globaltype __stack_pointer, i32
  .tagtype my_tag i32

  .section .text.local_fn,"",@
  .type local_fn,@function
local_fn:
  .functype local_fn (i32) -> (i32)
  local.get 0
  i32.const 100
  i32.mul
  end_function

  .section .text.catch_it,"",@
  .type catch_it,@function
catch_it:
  .functype catch_it () -> (i32)
  block i32
    try_table (catch my_tag 0)
      i32.const 7
      call thrower
    end_try_table
    i32.const -1
    return
  end_block
  end_function

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  # TABLE_INDEX_I32 (fptrs) + MEMORY_ADDR_LEB + TYPE_INDEX_LEB + TABLE_NUMBER_LEB
  i32.const 41
  i32.const 0
  i32.load fptrs
  call_indirect (i32) -> (i32)
  call print_u32
  # TABLE_INDEX_SLEB on a local function + call_indirect
  i32.const 3
  i32.const local_fn
  call_indirect (i32) -> (i32)
  call print_u32
  # MEMORY_ADDR_SLEB with an addend
  i32.const value+4
  i32.load 0
  call print_u32
  # MEMORY_ADDR_I32 with an addend, read back through a pointer in data
  i32.const 0
  i32.load fptrs+4
  i32.load 0
  call print_u32
  # MEMORY_ADDR_LOCREL_I32: cell holds (value - cell)
  i32.const fptrs+8
  i32.load 0
  i32.const fptrs+8
  i32.add
  i32.load 0
  call print_u32
  # MEMORY_ADDR_REL_SLEB and TABLE_INDEX_REL_SLEB (relative to memory/table base)
  i32.const value@MBREL
  i32.const value
  i32.eq
  call print_u32
  i32.const add1@TBREL
  i32.const 1
  i32.add
  i32.const add1
  i32.eq
  call print_u32
  # GLOBAL_INDEX_LEB
  global.get my_global
  call print_u32
  global.get __stack_pointer
  i32.const 0
  i32.ne
  call print_u32
  # TAG_INDEX_LEB (here and in defs.s)
  call catch_it
  call print_u32
  i32.const 0
  call exit
  end_function

  .section .data.fptrs,"",@
  .p2align 2
fptrs:
  .int32 add1
  .int32 value+8
  .int32 value-.
  .size fptrs, 12

  # debug sections: FUNCTION_OFFSET_I32, SECTION_OFFSET_I32, GLOBAL_INDEX_I32
  .section .debug_abbrev,"",@
.Labbrev_start:
  .int8 1
  .int8 0
.Labbrev_second:
  .int8 2
  .int8 0

  .section .debug_info,"",@
  .int32 .Labbrev_start
  .int32 .Labbrev_second
  .int32 local_fn
  .int32 _start+3
  .int32 add1
  .int32 my_global
  .int32 __stack_pointer

  # FUNCTION_INDEX_I32
  .section .custom_section.llvm.func_attr.annotate.hot,"",@
  .int32 local_fn@FUNCINDEX
  .int32 add1@FUNCINDEX
