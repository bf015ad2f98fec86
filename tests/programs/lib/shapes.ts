// Class hierarchy shared by test programs (no main).
import { square } from "./util.ts";

export abstract class Shape {
  constructor(public name: string) {}
  abstract area(): number;
  describe(): string {
    return this.name + " with area " + this.area();
  }
}

export class Rect extends Shape {
  constructor(public w: number, public h: number) {
    super("rect");
  }
  area(): number {
    return this.w * this.h;
  }
}

export class Square extends Rect {
  constructor(side: number) {
    super(side, side);
    this.name = "square";
  }
}

export class Circle extends Shape {
  constructor(public r: number) {
    super("circle");
  }
  area(): number {
    return 3.0 * square(this.r);
  }
}
