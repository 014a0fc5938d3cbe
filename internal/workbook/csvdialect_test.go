package workbook

import (
	"errors"
	"strings"
	"testing"
)

// CSV dialects are read, or refused by name, never half-read (issue 13).
func TestCSVDialects(t *testing.T) {
	tests := []struct {
		name, csv string
		goods     string // "ID:value of materials" for each good read
		fileErr   string
	}{
		{
			name:  "CR-only line endings (classic Mac)",
			csv:   "Good ID,Good HTS code,Producer country,Transaction value,Part number,HTS code,Origin status,Value\rG-1,9403.60,US,100,LEG,9403.99,originating,30\rG-2,9403.60,US,100,TOP,4418.99,originating,20\r",
			goods: "G-1:30 G-2:20",
		},
		{
			name:    "an unbalanced quote has its own message",
			csv:     "Good ID,Good HTS code,Producer country,Transaction value,Part number,Description,HTS code,Origin status,Value\nG-1,9403.60,US,100,LEG,\"Steel leg,9403.99,originating,30\nG-2,9403.60,US,100,TOP,Top,4418.99,originating,20\n",
			fileErr: `in.csv, row 2: the file cannot be read: line 2: a quote opens a field there and is never closed, so the rest of the file would be read as one cell`,
		},
		{
			name:  "a bare quote inside a field is text (12\" pipe)",
			csv:   "Good ID,Good HTS code,Producer country,Transaction value,Part number,Description,HTS code,Origin status,Value\nG-1,9403.60,US,100,LEG,12\" pipe,9403.99,originating,30\n",
			goods: "G-1:30",
		},
		{
			name:  "decimal comma in a semicolon-separated file",
			csv:   "Good ID;Good HTS code;Producer country;Transaction value;Part number;HTS code;Origin status;Value\nG-1;9403.60;MX;100,50;LEG;9403.99;originating;30,25\nG-1;9403.60;MX;100,50;TOP;4418.99;originating;12\n",
			goods: "G-1:42.25",
		},
		{
			name:    "decimal commas and points in one column are refused",
			csv:     "Good ID;Good HTS code;Producer country;Transaction value;Part number;HTS code;Origin status;Value\nG-1;9403.60;MX;100;LEG;9403.99;originating;30,25\nG-1;9403.60;MX;100;TOP;4418.99;originating;12.5\n",
			fileErr: `in.csv, row 1: the file column H (Value) writes decimals with a comma on row 2 and with a point on row 3, so roo cannot tell which is meant`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeCSV(t, tt.csv)
			wb, err := Read(path, nil, Options{})
			if tt.fileErr != "" {
				var fe *FileError
				if !errors.As(err, &fe) {
					t.Fatalf("err = %v, want a file error", err)
				}
				if got := strings.ReplaceAll(fe.Error(), path, "in.csv"); got != tt.fileErr {
					t.Errorf("error %q\nwant  %q", got, tt.fileErr)
				}
				if fe.Hint() == "" {
					t.Error("no hint")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, g := range wb.Goods {
				if g.Failed() {
					t.Errorf("%s failed: %v", g.Good.ID, g.Problems)
				}
				v := g.Good.Materials[0].Value
				for _, m := range g.Good.Materials[1:] {
					v = v.Add(m.Value)
				}
				got = append(got, g.Good.ID+":"+v.String())
			}
			if strings.Join(got, " ") != tt.goods {
				t.Errorf("goods %q, want %q", strings.Join(got, " "), tt.goods)
			}
		})
	}
}
