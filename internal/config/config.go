// Package config reads roo's configuration files: the defaults an analyst
// would otherwise type every morning (header maps per ERP export,
// schedules, overlays, the certifier details, the importing country).
//
// Two files are read, if they exist, and merged key by key:
//
//   - the user's: roo/config.json in the OS configuration directory
//     (os.UserConfigDir: ~/.config on Linux, ~/Library/Application Support
//     on macOS, %AppData% on Windows);
//   - the project's: .roo.json in the working directory or the nearest
//     directory above it that has one.
//
// The project's file wins over the user's, and a flag on the command line
// wins over both. Paths in a file are relative to the directory of that
// file. Unknown keys are an error naming the file, so a misspelt key is
// never silently ignored.
package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/roo-trade/roo/internal/suggest"
)

// ProjectFile is the name of a project's configuration file.
const ProjectFile = ".roo.json"

// File is the content of one configuration file.
type File struct {
	// Comment is free text for the people who keep the file.
	Comment string `json:"comment,omitempty"`
	// MapSets are named header maps, one per ERP export: roo column →
	// the export's header, as --map 'Canonical=Their header' gives them.
	MapSets map[string]map[string]string `json:"map_sets,omitempty"`
	// MapSet is the map set used when --map-set is not given.
	MapSet string `json:"map_set,omitempty"`
	// HTS is a USITC export used instead of the embedded US schedule (--hts).
	HTS string `json:"hts,omitempty"`
	// Schedules are Canada's and Mexico's schedules by country (--schedule).
	Schedules map[string]string `json:"schedules,omitempty"`
	// Overlay is an overlay CSV of additional duties (--overlay).
	Overlay string `json:"overlay,omitempty"`
	// Certifier is the certifier details JSON of roo certify (--certifier).
	Certifier string `json:"certifier,omitempty"`
	// ImportInto is the importing country whose schedule prices every good
	// (--import-into).
	ImportInto string `json:"import_into,omitempty"`
}

// Keys are the keys of a configuration file, in the order roo config shows
// them.
var Keys = []string{"map_set", "map_sets", "hts", "schedules", "overlay", "certifier", "import_into"}

// Setting is one value in force and the file it comes from.
type Setting struct {
	Key    string `json:"key"`
	Value  string `json:"value"`
	Source string `json:"source"`
}

// Config is the merged configuration.
type Config struct {
	// Files are the files read, user's first; Searched are the paths
	// looked for.
	Files    []string `json:"files"`
	Searched []string `json:"searched"`

	MapSets    map[string]map[string]string `json:"-"`
	MapSet     string                       `json:"-"`
	HTS        string                       `json:"-"`
	Schedules  map[string]string            `json:"-"`
	Overlay    string                       `json:"-"`
	Certifier  string                       `json:"-"`
	ImportInto string                       `json:"-"`

	source map[string]string // key (or map_sets.NAME, schedules.CC) → file
}

// Source is the file a key's value comes from; empty when no file sets it.
func (c *Config) Source(key string) string { return c.source[key] }

// Load reads the user's file in userDir (empty: none) and the project's
// found from dir upward, and merges them.
func Load(userDir, dir string) (*Config, error) {
	c := &Config{MapSets: map[string]map[string]string{}, Schedules: map[string]string{}, source: map[string]string{}}
	var paths []string
	if userDir != "" {
		paths = append(paths, filepath.Join(userDir, "roo", "config.json"))
	}
	if p, searched := findProject(dir); p != "" {
		paths = append(paths, p)
		c.Searched = append(c.Searched, searched...)
	} else {
		c.Searched = append(c.Searched, searched...)
	}
	if userDir != "" {
		c.Searched = append([]string{paths[0]}, c.Searched...)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("reading the configuration %s: %w", p, err)
		}
		f, err := parse(p, data)
		if err != nil {
			return nil, err
		}
		c.Files = append(c.Files, p)
		c.merge(p, f)
	}
	return c, nil
}

// findProject looks for ProjectFile in dir and each directory above it.
func findProject(dir string) (string, []string) {
	if dir == "" {
		return "", nil
	}
	var searched []string
	for d := filepath.Clean(dir); ; {
		p := filepath.Join(d, ProjectFile)
		searched = append(searched, p)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, searched
		}
		up := filepath.Dir(d)
		if up == d {
			return "", searched
		}
		d = up
	}
}

// parse decodes a file strictly: an unknown key is an error with the key
// meant.
func parse(path string, data []byte) (File, error) {
	var f File
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		msg := err.Error()
		if k, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
			k = strings.Trim(k, `"`)
			return f, fmt.Errorf("%s: %q is not a key of roo's configuration%s; the keys are %s", path, k, suggest.Phrase(k, Keys), strings.Join(Keys, ", "))
		}
		return f, fmt.Errorf("%s: not a roo configuration (JSON): %v", path, err)
	}
	for cc := range f.Schedules {
		if cc != "CA" && cc != "MX" {
			return f, fmt.Errorf("%s: schedules.%s: only CA and MX schedules are configured this way (hts is the US one)", path, cc)
		}
	}
	if f.ImportInto != "" && f.ImportInto != "US" && f.ImportInto != "CA" && f.ImportInto != "MX" {
		return f, fmt.Errorf("%s: import_into %q: want US, CA or MX", path, f.ImportInto)
	}
	if f.MapSet != "" {
		if _, ok := f.MapSets[f.MapSet]; !ok && len(f.MapSets) > 0 {
			return f, fmt.Errorf("%s: map_set %q names no map set of the file%s", path, f.MapSet, suggest.Phrase(f.MapSet, sortedKeys(f.MapSets)))
		}
	}
	return f, nil
}

// merge lays the values of file p over those read before.
func (c *Config) merge(p string, f File) {
	rel := func(v string) string {
		if v == "" || filepath.IsAbs(v) {
			return v
		}
		return filepath.Join(filepath.Dir(p), v)
	}
	set := func(key string, dst *string, v string) {
		if v != "" {
			*dst = v
			c.source[key] = p
		}
	}
	for name, m := range f.MapSets {
		c.MapSets[name] = m
		c.source["map_sets."+name] = p
	}
	set("map_set", &c.MapSet, f.MapSet)
	set("hts", &c.HTS, rel(f.HTS))
	for cc, v := range f.Schedules {
		c.Schedules[cc] = rel(v)
		c.source["schedules."+cc] = p
	}
	set("overlay", &c.Overlay, rel(f.Overlay))
	set("certifier", &c.Certifier, rel(f.Certifier))
	set("import_into", &c.ImportInto, f.ImportInto)
}

// MapsOf returns a map set as --map values ('Canonical=Their header'), in
// the order of the canonical names, or an error naming the sets there are.
func (c *Config) MapsOf(name string) ([]string, error) {
	m, ok := c.MapSets[name]
	if !ok {
		if len(c.MapSets) == 0 {
			return nil, fmt.Errorf("--map-set %s: no map set is configured; add \"map_sets\" to %s (see roo config --help)", name, ProjectFile)
		}
		return nil, fmt.Errorf("--map-set %s: no such map set%s; the sets are %s", name, suggest.Phrase(name, sortedKeys(c.MapSets)), strings.Join(sortedKeys(c.MapSets), ", "))
	}
	var out []string
	for _, k := range sortedKeys(m) {
		out = append(out, k+"="+m[k])
	}
	return out, nil
}

// Settings lists what is in force, key by key, with its file.
func (c *Config) Settings() []Setting {
	var out []Setting
	add := func(key, v string) {
		if v != "" {
			out = append(out, Setting{Key: key, Value: v, Source: c.source[key]})
		}
	}
	add("map_set", c.MapSet)
	for _, name := range sortedKeys(c.MapSets) {
		maps, _ := c.MapsOf(name)
		add("map_sets."+name, strings.Join(maps, "; "))
	}
	add("hts", c.HTS)
	for _, cc := range sortedKeys(c.Schedules) {
		add("schedules."+cc, c.Schedules[cc])
	}
	add("overlay", c.Overlay)
	add("certifier", c.Certifier)
	add("import_into", c.ImportInto)
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
