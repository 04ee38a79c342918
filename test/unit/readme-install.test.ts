import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readmeBlocks } from '../helpers/readme-blocks';
import { REPO } from '../helpers/test-broker';

// The Install sections of the Python and Java READMEs are not run by the tests (one downloads from PyPI, the other
// writes into ~/.m2), and Go's names a version: what they say about packages, coordinates and versions is checked
// against the build files, so that a change there cannot leave them wrong.
const read = (path: string) => readFileSync(resolve(REPO, path), 'utf8');
/** The Install section of a client README: its text up to the next section, blocks included. */
const install = (readme: string) => /## Install\n([\s\S]*?)\n## /.exec(read(readme))?.[1] ?? '';
const block = (readme: string, command: string) => readmeBlocks(readme).find((b) => b.body.includes(command));

describe("the client READMEs' Install sections", () => {
  it('Python: the packages pip brings and the Python version are those of pyproject.toml', () => {
    const pyproject = read('clients/python/pyproject.toml');
    const dependencies = JSON.parse(/^dependencies = (\[.*\])$/m.exec(pyproject)![1]!) as string[];
    const named = /brings (.+)$/m.exec(block('clients/python/README.md', 'pip install ./clients/python')!.body)![1]!;
    expect(named.split(/, | and /).sort()).toEqual(dependencies.map((d) => /^[\w-]+/.exec(d)![0]).sort());
    const minimum = /^requires-python = ">=(\d+\.\d+)"$/m.exec(pyproject)![1];
    expect(install('clients/python/README.md')).toContain(`Python ${minimum}+.`);
  });

  it('Java: the coordinates to depend on and the Java version are those of pom.xml', () => {
    const pom = read('clients/java/pom.xml');
    const [, group, artifact, version] = /<groupId>(.+)<\/groupId>\s*<artifactId>(.+)<\/artifactId>\s*<version>(.+)<\/version>/.exec(pom)!;
    expect(block('clients/java/README.md', 'mvn install')!.body).toContain(`depend on ${group}:${artifact}:${version}\n`);
    const release = /<maven\.compiler\.release>(\d+)</.exec(pom)![1];
    expect(install('clients/java/README.md')).toContain(`Java ${release}+ and Maven`);
  });

  it('Go: the minimum Go version is the one go.mod says', () => {
    const go = /^go (\d+\.\d+)(\.\d+)?$/m.exec(read('clients/go/go.mod'))!;
    expect(install('clients/go/README.md')).toContain(`Go ${go[1]} or newer (\`go.mod\` says \`go ${go[0].slice(3)}\`)`);
  });
});
