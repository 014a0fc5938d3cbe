package hs

import "testing"

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		want    Code
		wantErr string
	}{
		{"8708.30.50", "87083050", ""},
		{" 8708 30 5010 ", "8708305010", ""},
		{"870830", "870830", ""},
		{"8504.40-95", "85044095", ""},
		{"0101.21.00.10", "0101210010", ""},
		{"", "", `"" is not an HS/HTS code: it is empty`},
		{"8708..30", "", `"8708..30" is not an HS/HTS code: separators must sit between digits`},
		{".870830", "", `".870830" is not an HS/HTS code: separators must sit between digits`},
		{"870830.", "", `"870830." is not an HS/HTS code: it ends with a separator`},
		{"8708", "", `"8708" is not an HS/HTS code: it has 4 digits, want 6 to 10 digits`},
		{"87083050101", "", `"87083050101" is not an HS/HTS code: it has 11 digits, want 6 to 10 digits`},
		{"1012100", "", `"1012100" is not an HS/HTS code: it has an odd number of digits (7); was a leading zero lost?`},
		{"8708.3O", "", `"8708.3O" is not an HS/HTS code: 'O' is not a digit`},
		{"８７０８３０", "", `"８７０８３０" is not an HS/HTS code: '８' is not a digit`},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in, 6, 10)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("Parse(%q) error = %v, want %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Parse(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestCodeLevels(t *testing.T) {
	c := MustParse("8708.30.50.10")
	if c.Chapter() != "87" || c.Heading() != "8708" || c.Subheading() != "870830" || c.Item() != "87083050" {
		t.Fatalf("levels of %s: %s %s %s %s", c, c.Chapter(), c.Heading(), c.Subheading(), c.Item())
	}
	if got := c.String(); got != "8708.30.50.10" {
		t.Errorf("String = %q", got)
	}
	if got := c.Subheading().String(); got != "8708.30" {
		t.Errorf("String = %q", got)
	}
	if !c.HasPrefix("8708") || c.HasPrefix("8709") {
		t.Errorf("HasPrefix wrong")
	}
	if c.Subheading().Truncate(TariffItem) != "870830" {
		t.Errorf("Truncate beyond length must return the code itself")
	}
}
