(module
  (func (export "renamed") (param i32) (result i32)
    (i32.mul (local.get 0) (i32.const 11))))
