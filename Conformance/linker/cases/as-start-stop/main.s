# Walks the records every object placed in the "plugins" section, using the
# linker-defined __start_plugins / __stop_plugins. Each record is an i32.
  .functype print_u32 (i32) -> ()
  .functype exit (i32) -> ()

  .section .text._start,"",@
  .globl _start
  .type _start,@function
_start:
  .functype _start () -> ()
  .local i32, i32
  i32.const __start_plugins
  local.set 0
  block
  loop
    local.get 0
    i32.const __stop_plugins
    i32.ge_u
    br_if 1
    local.get 0
    i32.load 0
    call print_u32
    local.get 0
    i32.const 4
    i32.add
    local.set 0
    local.get 1
    i32.const 1
    i32.add
    local.set 1
    br 0
  end_loop
  end_block
  i32.const __stop_plugins
  i32.const __start_plugins
  i32.sub
  call print_u32
  # the weak reference to a section nobody defines resolves to 0
  i32.const __start_nothing_here
  call print_u32
  local.get 1
  call exit
  end_function

  .section plugins,"R",@
  .p2align 2
plugin_main:
  .int32 100
  .int32 101
  .size plugin_main, 8

  .weak __start_nothing_here
