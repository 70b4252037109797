//! The `_random` module: the Mersenne Twister generator behind `random` (`interp/lib/random.py`).
//!
//! Owns: MT19937 (seeding by `init_by_array` exactly as CPython's `_random`, so every
//! sequence equals CPython's for the same seed), the `_random.Random` type (`random`,
//! `getrandbits`, `seed`, `getstate`, `setstate`), and SHA-512 (`_random._sha512`, used by
//! `random.seed` for str/bytes seeds). Must not: implement the distributions (they are
//! Python code in `random.py`, as in CPython), or hold the object lock while calling Python.

use std::cell::UnsafeCell;

use num_bigint::{BigInt, Sign};

use crate::modules::modtype::{new_type, LazyType};
use crate::object::{ObjLock, Payload, Value};
use crate::ops;
use crate::types::int::{self, IntRef};
use crate::types::list::payload_header;
use crate::types::native::{add_function, add_method, check_count, no_kwargs};
use crate::types::slice::{self, Overflow};
use crate::types::{builtin, bytes, dict, float, none, tuple, TypeObject};
use crate::vm::{PyResult, Vm};

// ---- MT19937 -------------------------------------------------------------------------------

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator state: 624 words and the position of the next one.
#[derive(Clone)]
pub struct Mt19937 {
    mt: [u32; N],
    index: usize,
}

impl Default for Mt19937 {
    /// The all-zero state a freshly allocated, unseeded CPython generator has.
    fn default() -> Self {
        Mt19937 {
            mt: [0; N],
            index: 0,
        }
    }
}

impl Mt19937 {
    /// Seeds from one 32-bit word (`init_genrand`).
    pub fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeds from an array of 32-bit words (`init_by_array`).
    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let mut i = 1usize;
        let mut j = 0usize;
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
    }

    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N - M {
            let y = (self.mt[kk] & UPPER_MASK) | (self.mt[kk + 1] & LOWER_MASK);
            self.mt[kk] = self.mt[kk + M] ^ (y >> 1) ^ mag(y);
        }
        for kk in N - M..N - 1 {
            let y = (self.mt[kk] & UPPER_MASK) | (self.mt[kk + 1] & LOWER_MASK);
            self.mt[kk] = self.mt[kk + M - N] ^ (y >> 1) ^ mag(y);
        }
        let y = (self.mt[N - 1] & UPPER_MASK) | (self.mt[0] & LOWER_MASK);
        self.mt[N - 1] = self.mt[M - 1] ^ (y >> 1) ^ mag(y);
        self.index = 0;
    }

    /// The next 32-bit output (`genrand_uint32`).
    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits (`random_random`).
    #[inline]
    pub fn next_f64(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits (k > 32 allowed) as little-endian 32-bit words, the last one holding
    /// the top `k % 32` bits shifted down (CPython's word order).
    pub fn getrandbits_words(&mut self, mut k: usize) -> Vec<u32> {
        let words = (k - 1) / 32 + 1;
        let mut out = Vec::with_capacity(words);
        for _ in 0..words {
            let mut r = self.next_u32();
            if k < 32 {
                r >>= 32 - k;
            }
            out.push(r);
            k = k.saturating_sub(32);
        }
        out
    }
}

// ---- SHA-512 -------------------------------------------------------------------------------

const K512: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

const H512: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

fn sha512_block(h: &mut [u64; 8], block: &[u8]) {
    let mut w = [0u64; 80];
    for (t, chunk) in block.chunks_exact(8).enumerate().take(16) {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        w[t] = u64::from_be_bytes(b);
    }
    for t in 16..80 {
        let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
        let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16]
            .wrapping_add(s0)
            .wrapping_add(w[t - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = *h;
    for t in 0..80 {
        let big_s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(big_s1)
            .wrapping_add(ch)
            .wrapping_add(K512[t])
            .wrapping_add(w[t]);
        let big_s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = big_s0.wrapping_add(maj);
        hh = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
        *x = x.wrapping_add(y);
    }
}

/// The SHA-512 digest of `data` (FIPS 180-4).
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h = H512;
    let mut chunks = data.chunks_exact(128);
    for block in &mut chunks {
        sha512_block(&mut h, block);
    }
    let rest = chunks.remainder();
    let mut tail = Vec::with_capacity(256);
    tail.extend_from_slice(rest);
    tail.push(0x80);
    while tail.len() % 128 != 112 {
        tail.push(0);
    }
    let bits = (data.len() as u128).wrapping_mul(8);
    tail.extend_from_slice(&bits.to_be_bytes());
    for block in tail.chunks_exact(128) {
        sha512_block(&mut h, block);
    }
    let mut out = [0u8; 64];
    for (i, word) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&word.to_be_bytes());
    }
    out
}

// ---- the Random type -----------------------------------------------------------------------

/// The payload of `_random.Random`: the generator, guarded by the object's header mutex.
pub struct RandomObj {
    state: UnsafeCell<Mt19937>,
}

// SAFETY: `state` is only accessed through `RandomObj::with`, which holds the owning
// object's header mutex for the whole access.
unsafe impl Sync for RandomObj {}
// SAFETY: as above; the state is plain owned data.
unsafe impl Send for RandomObj {}

static RANDOM_TYPE: LazyType = LazyType::new();

impl Payload for RandomObj {
    fn class() -> &'static TypeObject {
        random_type()
    }
}

impl RandomObj {
    /// Runs `f` on the generator with the object's lock held (`f` must not call Python).
    #[inline]
    fn with<R>(&self, f: impl FnOnce(&mut Mt19937) -> R) -> R {
        // SAFETY: a `RandomObj` only ever lives inside a heap object (`PyObj<RandomObj>` or a
        // subclass layout starting with it), allocated by this module.
        let h = unsafe { payload_header(self) };
        let _g = ObjLock::lock(h);
        // SAFETY: the header mutex is held for the whole access (see the Sync impl).
        f(unsafe { &mut *self.state.get() })
    }
}

fn random_type() -> &'static TypeObject {
    RANDOM_TYPE.get(|| {
        new_type::<RandomObj>("_random.Random", None, true, |t| {
            t.slots.new.set(Some(random_new));
            t.slots.init.set(Some(random_init));
            add_method(t, "random", r_random);
            add_method(t, "seed", r_seed);
            add_method(t, "getstate", r_getstate);
            add_method(t, "setstate", r_setstate);
            add_method(t, "getrandbits", r_getrandbits);
            add_method(t, "_randbelow_native", r_randbelow);
        })
    })
}

pub fn init(_vm: &Vm, d: &Value) -> PyResult<()> {
    dict::dict_set_str(d, "Random", random_type().to_value());
    add_function(d, "_random", "_sha512", sha512_fn);
    add_function(d, "_random", "_urandom", urandom_fn);
    Ok(())
}

fn this<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RandomObj> {
    args.first()
        .and_then(|s| s.downcast::<RandomObj>())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' for '_random.Random' objects doesn't apply to this object"
            ))
        })
}

fn random_new(vm: &Vm, cls: &Value, _args: &[Value], _kw: Option<&[Value]>) -> PyResult<Value> {
    crate::types::object::alloc_subclass_instance(
        vm,
        cls,
        RandomObj {
            state: UnsafeCell::new(Mt19937::default()),
        },
    )
}

fn random_init(vm: &Vm, v: &Value, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<()> {
    let exact = v.is_exact(random_type());
    if exact || v.ty().slots.init.raw() == random_type().slots.init.raw() {
        no_kwargs(vm, "Random", kwnames)?;
    }
    let npos = args.len() - kwnames.map_or(0, |k| k.len());
    if npos > 1 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    let r = v
        .downcast::<RandomObj>()
        .ok_or_else(|| vm.type_error("expected a Random object"))?;
    seed_with(vm, r, if npos == 1 { Some(&args[0]) } else { None })
}

/// The 32-bit words (least significant first) of a non-negative big int; `[0]` for zero.
fn words_of(n: &BigInt) -> Vec<u32> {
    let (_, w) = n.to_u32_digits();
    if w.is_empty() {
        vec![0]
    } else {
        w
    }
}

/// Key words from the OS entropy source, or from the time and process id without one.
fn entropy_key() -> Vec<u32> {
    let mut buf = [0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
        .is_ok();
    if ok {
        return buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let nanos = now.as_nanos();
    vec![
        nanos as u32,
        (nanos >> 32) as u32,
        (nanos >> 64) as u32,
        std::process::id(),
    ]
}

/// `random_seed`: None seeds from entropy; ints by their absolute value; anything else by
/// its hash (as an unsigned machine word).
fn seed_with(vm: &Vm, r: &RandomObj, arg: Option<&Value>) -> PyResult<()> {
    let key = match arg {
        None => entropy_key(),
        Some(a) if none::is_none(a) => entropy_key(),
        Some(a) => match int::as_int(a) {
            Some(IntRef::Small(i)) => {
                let u = i.unsigned_abs();
                if u >> 32 == 0 {
                    vec![u as u32]
                } else {
                    vec![u as u32, (u >> 32) as u32]
                }
            }
            Some(IntRef::Big(b)) => {
                words_of(&BigInt::from_biguint(Sign::Plus, b.magnitude().clone()))
            }
            None => {
                let h = ops::hash(vm, a)? as u64;
                if h >> 32 == 0 {
                    vec![h as u32]
                } else {
                    vec![h as u32, (h >> 32) as u32]
                }
            }
        },
    };
    r.with(|mt| mt.init_by_array(&key));
    Ok(())
}

fn r_random(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "random", kwnames)?;
    check_count(vm, "random", args.len().saturating_sub(1), 0, 0)?;
    let r = this(vm, args, "random")?;
    Ok(float::new_float(r.with(|mt| mt.next_f64())))
}

fn r_seed(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "seed", kwnames)?;
    check_count(vm, "seed", args.len().saturating_sub(1), 0, 1)?;
    let r = this(vm, args, "seed")?;
    seed_with(vm, r, args.get(1))?;
    Ok(none::none())
}

fn r_getstate(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "getstate", kwnames)?;
    check_count(vm, "getstate", args.len().saturating_sub(1), 0, 0)?;
    let r = this(vm, args, "getstate")?;
    let st = r.with(|mt| mt.clone());
    let mut items: Vec<Value> = st.mt.iter().map(|w| int::new_int(i64::from(*w))).collect();
    items.push(int::new_int(st.index as i64));
    Ok(tuple::new_tuple(items))
}

/// `PyLong_AsUnsignedLong` for one state word (then truncated to 32 bits, as CPython does).
fn state_word(vm: &Vm, v: &Value) -> PyResult<u32> {
    match int::as_int(v) {
        Some(IntRef::Small(i)) if i >= 0 => Ok(i as u32),
        Some(IntRef::Small(_)) => {
            Err(vm.overflow_error("can't convert negative value to unsigned int"))
        }
        Some(IntRef::Big(b)) => {
            if b.sign() == Sign::Minus {
                Err(vm.overflow_error("can't convert negative value to unsigned int"))
            } else {
                match u64::try_from(b) {
                    Ok(u) => Ok(u as u32),
                    Err(_) => {
                        Err(vm.overflow_error("Python int too large to convert to C unsigned long"))
                    }
                }
            }
        }
        None => Err(vm.type_error("an integer is required")),
    }
}

fn r_setstate(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "setstate", kwnames)?;
    check_count(vm, "setstate", args.len().saturating_sub(1), 1, 1)?;
    let r = this(vm, args, "setstate")?;
    let Some(items) = tuple::as_tuple(&args[1]) else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut st = Mt19937::default();
    for (slot, v) in st.mt.iter_mut().zip(items) {
        *slot = state_word(vm, v)?;
    }
    let index = match int::as_int(&items[N]) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C long"))
        }
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                items[N].ty().name()
            )))
        }
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    st.index = index as usize;
    r.with(|mt| *mt = st);
    Ok(none::none())
}

fn r_getrandbits(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "getrandbits", kwnames)?;
    check_count(vm, "getrandbits", args.len().saturating_sub(1), 1, 1)?;
    let r = this(vm, args, "getrandbits")?;
    let k = slice::to_index(vm, &args[1], Overflow::SsizeT)?;
    if k > i32::MAX as isize || k < i32::MIN as isize {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let k = k as usize;
    if k == 0 {
        return Ok(int::new_int(0));
    }
    if k <= 32 {
        let v = r.with(|mt| mt.next_u32() >> (32 - k));
        return Ok(int::new_int(i64::from(v)));
    }
    if k <= 62 {
        let w = r.with(|mt| mt.getrandbits_words(k));
        let v = u64::from(w[0]) | (u64::from(w[1]) << 32);
        return Ok(int::new_int(v as i64));
    }
    let words = r.with(|mt| mt.getrandbits_words(k));
    Ok(int::new_int_big(BigInt::from_slice(Sign::Plus, &words)))
}

/// `_randbelow(n)` for generators whose `getrandbits` is this type's: rejection sampling on
/// `n.bit_length()` bits, drawing exactly what `random.Random._randbelow_with_getrandbits`
/// draws (random.py installs it only where that method would call the native getrandbits).
fn r_randbelow(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "_randbelow", kwnames)?;
    check_count(vm, "_randbelow", args.len().saturating_sub(1), 1, 1)?;
    let r = this(vm, args, "_randbelow")?;
    if let Some(n) = args[1].as_small_int() {
        if n <= 0 {
            return Err(vm.value_error("_randbelow() requires n > 0"));
        }
        let n = n as u64;
        let k = 64 - n.leading_zeros() as usize;
        let v = r.with(|mt| loop {
            let x = if k <= 32 {
                u64::from(mt.next_u32() >> (32 - k))
            } else {
                let w = mt.getrandbits_words(k);
                u64::from(w[0]) | (u64::from(w[1]) << 32)
            };
            if x < n {
                break x;
            }
        });
        return Ok(int::new_int(v as i64));
    }
    let n = int::to_bigint(&args[1]).ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            args[1].ty().name()
        ))
    })?;
    if n.sign() != Sign::Plus {
        return Err(vm.value_error("_randbelow() requires n > 0"));
    }
    let k = n.bits() as usize;
    loop {
        let words = r.with(|mt| mt.getrandbits_words(k));
        let x = BigInt::from_slice(Sign::Plus, &words);
        if x < n {
            return Ok(int::new_int_big(x));
        }
    }
}

fn sha512_fn(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "_sha512", kwnames)?;
    check_count(vm, "_sha512", args.len(), 1, 1)?;
    let data = bytes::as_bytes_like(&args[0]).ok_or_else(|| {
        vm.type_error(format!(
            "object supporting the buffer API required, not '{}'",
            args[0].ty().name()
        ))
    })?;
    Ok(bytes::new_bytes(sha512(&data).to_vec()))
}

/// `_urandom(n)`: n bytes from the OS entropy source (`os.urandom`).
fn urandom_fn(vm: &Vm, args: &[Value], kwnames: Option<&[Value]>) -> PyResult<Value> {
    no_kwargs(vm, "_urandom", kwnames)?;
    check_count(vm, "_urandom", args.len(), 1, 1)?;
    let n = slice::to_index(vm, &args[0], Overflow::SsizeT)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = Vec::new();
    buf.try_reserve_exact(n as usize)
        .map_err(|_| vm.memory_error())?;
    buf.resize(n as usize, 0);
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
        .map_err(|e| vm.new_error(builtin().os_error, e.to_string()))?;
    Ok(bytes::new_bytes(buf))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn sha512_known_digests() {
        // Digests from python3's hashlib.sha512.
        assert_eq!(
            hex(&sha512(b"")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce\
             47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
        );
        assert_eq!(
            hex(&sha512(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        let long: Vec<u8> = (0..1000u32).map(|i| (i * 7 % 256) as u8).collect();
        assert_eq!(hex(&sha512(&long)), SHA512_LONG);
        // Lengths around the padding boundary (111, 112, 128 bytes).
        for (n, want) in SHA512_AS {
            assert_eq!(hex(&sha512(&vec![b'a'; *n])), *want, "length {n}");
        }
    }

    // From python3: hashlib.sha512(bytes(i*7%256 for i in range(1000))).hexdigest()
    const SHA512_LONG: &str = "5c3d2be85b82f8ace3dbd4cf34e814cf68201a9f3e5730253ee42fd46fbe6db2e68ab158e76a103df431f3ad279d8fa3ff6b148e21ced56feb321a6d28d101f1";
    const SHA512_AS: &[(usize, &str)] = &[
        (111, "fa9121c7b32b9e01733d034cfc78cbf67f926c7ed83e82200ef86818196921760b4beff48404df811b953828274461673c68d04e297b0eb7b2b4d60fc6b566a2"),
        (112, "c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32bd05f0f1ba33e568b88fd2d970929b719ecbb152f58f130a407c8830604b70ca"),
        (127, "828613968b501dc00a97e08c73b118aa8876c26b8aac93df128502ab360f91bab50a51e088769a5c1eff4782ace147dce3642554199876374291f5d921629502"),
        (128, "b73d1929aa615934e61a871596b3f3b33359f42b8175602e89f7e06e5f658a243667807ed300314b95cacdd579f3e33abdfbe351909519a846d465c59582f321"),
        (129, "4f681e0bd53cda4b5a2041cc8a06f2eabde44fb16c951fbd5b87702f07aeab611565b19c47fde30587177ebb852e3971bbd8d3fd30da18d71037dfbd98420429"),
        (240, "4c296d90c61052a62ffb1dd196f1b7b09373b1f93e71836baebf89690546b7595684dbe9467a8e484fa0d1094272b4344a7c24f5fee8daedeb0bf549c985ab5f"),
    ];

    #[test]
    fn mt19937_reference_outputs() {
        // The reference implementation's published first outputs for
        // init_by_array({0x123, 0x234, 0x345, 0x456}).
        let mut mt = Mt19937::default();
        mt.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(
            first,
            vec![1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
        for _ in 5..999 {
            mt.next_u32();
        }
        assert_eq!(mt.next_u32(), 3460025646);
    }

    #[test]
    fn mt19937_matches_cpython_seeds() {
        // random.seed(42); random.random(), random.getrandbits(32) in CPython.
        let mut mt = Mt19937::default();
        mt.init_by_array(&[42]);
        assert_eq!(mt.next_f64(), 0.6394267984578837);
        let mut mt = Mt19937::default();
        mt.init_by_array(&[0]);
        assert_eq!(mt.next_f64(), 0.8444218515250481);
    }
}
