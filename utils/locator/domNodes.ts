// Node-type tests by nodeType rather than `instanceof`: content scripts and test environments may see page
// nodes whose constructors come from another realm.

export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

export function isText(node: Node): node is Text {
  return node.nodeType === 3;
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}

export function isSlot(element: Element): element is HTMLSlotElement {
  return element.localName === 'slot';
}
