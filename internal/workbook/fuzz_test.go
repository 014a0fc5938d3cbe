package workbook

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzReadCSV feeds arbitrary bytes to the reader as a CSV on standard
// input: it must never panic or hang, and every good it returns is either
// failed or complete.
func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("Good ID,Good HTS code,Producer country,Transaction value,Part number,HTS code,Origin status,Value\nG1,9403.60,US,100,LEG,4421.99,non-originating,30\n"))
	f.Add([]byte("ID du produit;Numéro tarifaire du produit;Pays du producteur;Numéro de pièce;Statut d'origine;Valeur\nF;6109.10;CA;FIL;non originaire;3.5\n"))
	f.Add([]byte("Good ID,Good HTS code,Producer country,Parent,Part number,Kind,Value\nG,8479.89,US,B,A,self-produced,1\nG,8479.89,US,A,B,self-produced,1\n"))
	f.Add([]byte("\xff\xfeG\x00o\x00o\x00d\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, data)
	})
}

// FuzzReadXLSX feeds arbitrary bytes, seeded with the sample and hostile
// workbooks, to the reader as an xlsx on standard input.
func FuzzReadXLSX(f *testing.F) {
	for _, pattern := range []string{"../../testdata/*.xlsx", "../../testdata/hostile/*.xlsx"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, data)
	})
}

func checkRead(t *testing.T, data []byte) {
	wb, err := Read("-", bytes.NewReader(data), Options{})
	if err != nil {
		if _, ok := err.(*FileError); !ok {
			t.Fatalf("error of type %T, want *FileError: %v", err, err)
		}
		return
	}
	for _, g := range wb.Goods {
		if g.Good == nil || g.Good.ID == "" {
			t.Fatalf("a good without an ID was handed out")
		}
		if !g.Failed() && g.Good.HTS == "" {
			t.Fatalf("good %q has no HTS code yet no error", g.Good.ID)
		}
	}
}
