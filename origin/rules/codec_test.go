package rules

import (
	"bytes"
	"testing"

	"github.com/roo-trade/roo/origin/hs"
)

// TestEncodeIsLoadInverse decodes the embedded base and encodes it again:
// the bytes must be the same, so the compact form loses nothing.
func TestEncodeIsLoadInverse(t *testing.T) {
	b, err := Load(embedded)
	if err != nil {
		t.Fatal(err)
	}
	again, err := b.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, []byte(embedded)) {
		t.Fatalf("re-encoding the embedded base gives %d bytes, want the %d embedded", len(again), len(embedded))
	}
}

// TestLoadCorrupt checks that damaged data gives an error, never a panic.
func TestLoadCorrupt(t *testing.T) {
	if _, err := Load(""); err == nil {
		t.Error("empty data loaded")
	}
	if _, err := Load("NOTRULES" + embedded[8:]); err == nil {
		t.Error("bad magic loaded")
	}
	for _, n := range []int{9, 20, len(embedded) / 3, len(embedded) / 2, len(embedded) - 1} {
		decodeAll(t, embedded[:n])
	}
	flipped := []byte(embedded)
	for i := 100; i < len(flipped); i += 997 {
		flipped[i] ^= 0x5a
	}
	decodeAll(t, string(flipped))
}

// decodeAll loads data and decodes every chapter, failing only on a panic.
func decodeAll(t *testing.T, data string) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("decoding %d damaged bytes panicked: %v", len(data), r)
		}
	}()
	b, err := Load(data)
	if err != nil {
		return
	}
	_, _ = b.All()
}

// FuzzLoad feeds the decoder arbitrary bytes: it must return an error or a
// base, never panic.
func FuzzLoad(f *testing.F) {
	f.Add(embedded[:200])
	f.Add(magic + "\x01\x0284\x00\x05\x00")
	f.Fuzz(func(t *testing.T, data string) {
		b, err := Load(data)
		if err != nil {
			return
		}
		_, _ = b.All()
	})
}

// TestConcurrentLookups decodes chapters from many goroutines at once (run
// with -race): a base is shared by every good of a batch.
func TestConcurrentLookups(t *testing.T) {
	b, err := Load(embedded)
	if err != nil {
		t.Fatal(err)
	}
	codes := []string{"870830", "845710", "610910", "290110", "940391", "851711", "020110"}
	done := make(chan error)
	for i := range 16 {
		go func() {
			_, err := b.Lookup(Query{Code: hs.Code(codes[i%len(codes)]), Date: "2026-01-01", Use: OtherUse})
			done <- err
		}()
	}
	for range 16 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
