//! The global allocator: mimalloc, called directly.
//!
//! Owns: routing Rust's allocations to mimalloc. Requests with the alignment every
//! mimalloc block already has (8 bytes) go to the plain `mi_malloc` fast path; only
//! over-aligned ones pay for the aligned entry points. Must not: cache or pool memory
//! itself (that is mimalloc's job).

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc,
    mi_zalloc_aligned,
};

/// Every mimalloc block is aligned to at least a machine word.
const PLAIN_ALIGN: usize = std::mem::size_of::<usize>();

pub struct Mimalloc;

// SAFETY: every method forwards to mimalloc with a size and an alignment that mimalloc
// honours (plain calls only when the alignment needed is at most a word, which mimalloc
// guarantees for every block), and frees with `mi_free`, which accepts any mimalloc block.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            // SAFETY: see the impl's comment.
            unsafe { mi_malloc(layout.size()) as *mut u8 }
        } else {
            // SAFETY: see the impl's comment.
            unsafe { mi_malloc_aligned(layout.size(), layout.align()) as *mut u8 }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            // SAFETY: see the impl's comment.
            unsafe { mi_zalloc(layout.size()) as *mut u8 }
        } else {
            // SAFETY: see the impl's comment.
            unsafe { mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8 }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator.
        unsafe { mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            // SAFETY: `ptr` came from this allocator; see the impl's comment.
            unsafe { mi_realloc(ptr as *mut c_void, new_size) as *mut u8 }
        } else {
            // SAFETY: as above.
            unsafe { mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8 }
        }
    }
}
