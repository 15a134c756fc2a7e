  .section plugins,"R",@
  .p2align 2
plugin_more:
  .int32 200
  .size plugin_more, 4

  # an unreferenced object that also has a "plugins" record: not linked at all
  # when it stays in an archive, but here it is on the command line
  .section .data.other,"",@
other:
  .int32 9
  .size other, 4
