  .functype print_u32 (i32) -> ()
  .functype exit (i32) -> ()
  .globaltype counter, i32
  .globaltype imported_g, i32, immutable
  .import_module imported_g, env
  .import_name imported_g, the_answer
  .globaltype wide, i64

  .section .text.bump,"",@
  .globl bump
  .type bump,@function
bump:
  .functype bump () -> (i32)
  global.get counter
  i32.const 1
  i32.add
  global.set counter
  global.get counter
  end_function

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  call bump
  drop
  call bump
  call print_u32
  global.get imported_g
  call print_u32
  global.get wide
  i64.const 1
  i64.add
  global.set wide
  global.get wide
  i32.wrap_i64
  call print_u32
  i32.const 0
  call exit
  end_function
