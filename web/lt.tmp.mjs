import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
cytoscape.use(fcose);
for (const [ideal, elast] of [[200, 10], [250, 10], [250, 20], [300, 10]]) for (const k of [1, 2]) {
  const els = [{ data: { id: 'A', size: 40 } }, { data: { id: 'B', size: 40 } }, { data: { id: 'd', source: 'A', target: 'B', kind: 'duplicate' } }];
  for (let i = 0; i < 14; i++) { els.push({ data: { id: 'p' + i, size: 25 } }, { data: { id: 'a' + i, source: 'p' + i, target: 'A' } }, { data: { id: 'b' + i, source: 'p' + i, target: 'B' } }); }
  const cy = cytoscape({ headless: true, styleEnabled: true, layout: { name: 'preset' }, style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }], elements: els });
  cy.layout({ name: 'fcose', randomize: true, quality: 'default', animate: false, fit: false,
    idealEdgeLength: (e) => (e.data('kind') === 'duplicate' ? ideal : 80), edgeElasticity: (e) => (e.data('kind') === 'duplicate' ? elast : 0.45) }).run();
  const a = cy.$id('A').position(), b = cy.$id('B').position();
  console.log(ideal, elast, 'A-B distance', Math.round(Math.hypot(a.x - b.x, a.y - b.y)));
}
