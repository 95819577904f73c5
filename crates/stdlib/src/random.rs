//! The `_random` module: `Random`, the Mersenne Twister (MT19937) that `random.py` builds on.
//! Seeding follows CPython: an int seed's absolute value split into 32-bit words (least
//! significant first) feeds `init_by_array`, so `random.seed(n)` gives CPython's sequences.

use crate::native::{self, ClassSpec};
use ferropy_vm::args::Args;
use ferropy_vm::value::Value;
use ferropy_vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use std::rc::Rc;

const N: usize = 624;
const M: usize = 397;

pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut m = Mt {
            state: [0; N],
            index: N + 1,
        };
        m.init_genrand(19650218);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let mt = &mut self.state;
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn genrand(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        if self.index >= N {
            let mt = &mut self.state;
            for k in 0..N {
                let y = (mt[k] & UPPER) | (mt[(k + 1) % N] & LOWER);
                let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
                mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.genrand() >> 5) as f64;
        let b = (self.genrand() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

static RANDOM: ClassSpec = ClassSpec {
    module: "_random",
    name: "Random",
    key: "_random.Random",
    new: Some(random_new),
    methods: &[
        ("seed", seed),
        ("random", random),
        ("getrandbits", getrandbits),
        ("getstate", getstate),
        ("setstate", setstate),
        ("__init__", init),
    ],
    getters: &[],
    classmethods: &[],
};

pub fn make(vm: &mut Vm) -> Value {
    let dict = Rc::new(ferropy_vm::dict::PyDict::new());
    let cls = native::class(vm, &RANDOM, None);
    dict.set_str("Random", Value::Type(cls));
    native::module("_random", dict)
}

fn random_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = native::cls_arg(vm, args)?;
    let a = Args::new(&args[1..], kw);
    // A subclass with its own `__init__` takes its own arguments (and seeds there).
    let own_init =
        matches!(cls.lookup("__init__"), Some(Value::Builtin(b)) if b.owner == Some(RANDOM.key));
    let obj = native::instance(cls, Mt::new());
    if !own_init {
        return Ok(obj);
    }
    if a.has_kwargs() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    if a.pos.len() > 1 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    do_seed(vm, &obj, a.pos.first().cloned().unwrap_or(Value::None))?;
    Ok(obj)
}

fn init(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    // `__new__` seeded the generator already.
    Ok(Value::None)
}

fn seed(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw).range(vm, "seed", 1, 2)?;
    do_seed(vm, &a[0], a.get(1).cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn urandom_words() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if !ok {
        // No entropy source: the time and the process id, as CPython's fallback does.
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        return vec![
            t as u32,
            (t >> 32) as u32,
            (t >> 64) as u32,
            std::process::id(),
        ];
    }
    buf.chunks(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

fn do_seed(vm: &mut Vm, obj: &Value, arg: Value) -> PyResult<()> {
    let key: Vec<u32> = if arg.is_none() {
        urandom_words()
    } else {
        let n: BigInt = match ferropy_vm::int::to_bigint(&arg) {
            Some(i) => i,
            None => {
                // Other seeds go through their hash, taken as an unsigned machine word.
                let h = vm.hash(&arg)?;
                BigInt::from(h as u64)
            }
        };
        let (_, mut words) = n.to_u32_digits();
        if words.is_empty() {
            words.push(0);
        }
        words
    };
    let st = native::state::<Mt>(vm, obj, "_random.Random")?;
    st.borrow_mut().init_by_array(&key);
    let _ = Sign::Plus;
    Ok(())
}

fn random(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(&args[1..], kw).range(vm, "random", 0, 0)?;
    let st = native::state::<Mt>(vm, &args[0], "_random.Random")?;
    let r = st.borrow_mut().random();
    Ok(Value::Float(r))
}

fn getrandbits(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "getrandbits", 1)?;
    let k = native::int_arg(vm, &a[0])?;
    let Ok(k) = i32::try_from(&k) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    let k = i64::from(k);
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let st = native::state::<Mt>(vm, &args[0], "_random.Random")?;
    let mut mt = st.borrow_mut();
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        return Ok(Value::Int(i64::from(mt.genrand() >> (32 - k))));
    }
    // Words from the least significant up; the last one keeps its top bits.
    let mut words: Vec<u32> = vm.alloc_vec((k as u64).div_ceil(32) as usize)?;
    let mut left = k;
    while left > 0 {
        let mut r = mt.genrand();
        if left < 32 {
            r >>= 32 - left;
        }
        words.push(r);
        left -= 32;
    }
    Ok(Value::from_bigint(BigInt::from_slice(Sign::Plus, &words)))
}

fn getstate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(&args[1..], kw).range(vm, "getstate", 0, 0)?;
    let st = native::state::<Mt>(vm, &args[0], "_random.Random")?;
    let mt = st.borrow();
    let mut items: Vec<Value> = mt.state.iter().map(|w| Value::Int(i64::from(*w))).collect();
    items.push(Value::Int(mt.index as i64));
    Ok(Value::tuple(items))
}

fn setstate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(&args[1..], kw).exact(vm, "setstate", 1)?;
    let Value::Tuple(t) = &a[0] else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if t.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(t.iter()) {
        let b = native::int_arg(vm, v)?;
        *w = match u64::try_from(&b) {
            Ok(x) if x <= u64::from(u32::MAX) => x as u32,
            _ => {
                return Err(vm.overflow_error("Python int too large to convert to C unsigned long"))
            }
        };
    }
    let index = native::int_arg(vm, &t[N])?;
    let index = match i64::try_from(&index) {
        Ok(i) if (0..=N as i64).contains(&i) => i as usize,
        _ => return Err(vm.value_error("invalid state")),
    };
    let st = native::state::<Mt>(vm, &args[0], "_random.Random")?;
    let mut mt = st.borrow_mut();
    mt.state = words;
    mt.index = index;
    Ok(Value::None)
}
