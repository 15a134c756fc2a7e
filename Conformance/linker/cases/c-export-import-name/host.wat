(module
  (func (export "log_value") (param i32)))
